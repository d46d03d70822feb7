import { ACCOUNTS, DEMO_PASSWORD, expect, loginAs, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";

for (const [key, account] of Object.entries(ACCOUNTS)) {
  test(`demo account ${account.username} (${key}) signs in with its role`, async ({ page }) => {
    await loginAs(page, account.username);
    await expect(page.getByTestId("current-user")).toContainText(account.roleLabel);
  });
}

test("a wrong password is refused with a clear Vietnamese message", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn("chv.tphd", "sai-mat-khau");
  await expect(login.errorMessage()).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await expect(page).toHaveURL(/\/login/);
});

test("empty fields are caught before anything is sent", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(login.errorMessage()).toHaveText("Vui lòng nhập tên đăng nhập và mật khẩu.");
});

test("repeated failures for one username are rate-limited, even with the right password", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  // The default limit is 5 failures per username in 15 minutes; the e2e server uses the defaults. An account no
  // other spec signs in with, so the lock-out does not leak into them.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await login.signIn("chv.namsach", `wrong-${attempt}`);
    await expect(login.errorMessage()).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  }
  await login.signIn("chv.namsach", DEMO_PASSWORD);
  await expect(login.errorMessage()).toContainText("Quá nhiều lần đăng nhập sai");
});

test("signing out returns to the sign-in page and the home page asks to sign in again", async ({ page }) => {
  await loginAs(page, "chv2.tphd");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("signing out in one tab sends the app's other tabs to the sign-in page too", async ({ page, context }) => {
  await loginAs(page, "cct.tphd");
  const other = await context.newPage();
  await other.goto("/review");
  await expect(other.getByTestId("current-user")).toBeVisible();
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login/);
  // The other tab sees the device session cleared (Dexie), asks the server, and goes to the sign-in page.
  await expect(other).toHaveURL(/\/login/, { timeout: 15_000 });
  await other.close();
});
