import { request, test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

export const DEMO_PASSWORD = "demo-2021";

/** The fixed demo accounts the seed guarantees (issue #2), with the label the header shows for each role. */
export const ACCOUNTS = {
  officer: { username: "chv.tphd", roleLabel: "Chấp hành viên", office: "HD.TPHD" },
  officer2: { username: "chv2.tphd", roleLabel: "Chấp hành viên", office: "HD.TPHD" },
  supervisor: { username: "cct.tphd", roleLabel: "Lãnh đạo Chi cục", office: "HD.TPHD" },
  foreignOfficer: { username: "chv.chilinh", roleLabel: "Chấp hành viên", office: "HD.CHILINH" },
  foreignSupervisor: { username: "cct.chilinh", roleLabel: "Lãnh đạo Chi cục", office: "HD.CHILINH" },
  leader: { username: "lanhdao", roleLabel: "Lãnh đạo Cục", office: null },
  admin: { username: "admin", roleLabel: "Quản trị hệ thống", office: null },
} as const;
export type AccountKey = keyof typeof ACCOUNTS;

/** Signs in through the form, as a person would, and waits for the home screen. */
export async function loginAs(page: Page, username: string, password = DEMO_PASSWORD) {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(username, password);
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** An API client signed in through next-auth's credentials callback (CSRF token first, as the browser does). */
export async function apiAs(baseURL: string, username: string | null): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  if (username === null) return context;
  const csrf = await context.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password: DEMO_PASSWORD, json: "true" },
  });
  expect(response.ok(), `sign-in of ${username}`).toBe(true);
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: { username?: string } };
  expect(session.user?.username, `session of ${username}`).toBe(username);
  return context;
}

export const test = base;
export { expect };
