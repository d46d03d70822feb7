"use client";

import { getSession, signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { requestPersistentStorage } from "@/lib/client/storage-status";
import { useI18n } from "../i18n/i18n-provider";

/** Only same-site paths are followed after sign-in (no open redirect through callbackUrl). */
function safeCallbackPath(value: string | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

/**
 * Dexie and zod, which the snapshot below needs, are loaded when the form is sent, not with the page: they
 * would be a third of the sign-in page's JS (issue #7's 200 KB budget), and typing needs neither.
 */
function loadSnapshotModules() {
  return Promise.all([import("@/lib/client/db/device-session"), import("@/lib/client/db/field-database"), import("@/lib/domain/users")]);
}

/**
 * Keeps a snapshot of the signed-in user in Dexie, so the app opens for them with no network, and asks the
 * browser to keep the site's storage (the outbox) safe from eviction.
 */
async function rememberSessionOnDevice(modules: ReturnType<typeof loadSnapshotModules>) {
  const [session, [{ saveDeviceSession }, { fieldDatabase }, { SessionUserSchema }]] = await Promise.all([getSession(), modules]);
  const user = SessionUserSchema.safeParse(session?.user);
  if (user.success) await saveDeviceSession(fieldDatabase(), user.data);
  void requestPersistentStorage();
}

const subscribeToNothing = () => () => undefined;

/**
 * False in the prerendered HTML and while React hydrates it, true once the form's handlers are attached. The
 * form is in the HTML to paint at once; until then it is read-only and cannot be sent, so a quick officer's
 * typing is not lost to hydration and the browser never submits it natively (credentials in the URL).
 */
function useIsHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}

export function LoginForm() {
  const { t } = useI18n();
  const router = useRouter();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const isHydrated = useIsHydrated();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t("login.error.required"));
      return;
    }
    setIsSubmitting(true);
    setError(null);
    try {
      const snapshotModules = loadSnapshotModules(); // fetched while the password is checked
      snapshotModules.catch(() => undefined); // a refused password never awaits it; a failed load is reported below
      const response = await signIn("credentials", { username: username.trim(), password, redirect: false });
      if (response?.ok && !response.error) {
        await rememberSessionOnDevice(snapshotModules);
        // Read when needed rather than with useSearchParams(), which would keep the whole form out of the
        // prerendered page (rendered only once the JS has run): the sign-in page's largest paint, issue #7.
        router.replace(safeCallbackPath(new URLSearchParams(window.location.search).get("callbackUrl")));
        return;
      }
      // "CredentialsSignin" is next-auth's code for a refused password; any other text is our own message
      // (the rate limit), already in Vietnamese.
      const code = response?.error;
      setError(!code || code === "CredentialsSignin" ? t("login.error.invalid") : code);
    } catch {
      setError(t("login.error.network"));
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="flex flex-col gap-4" aria-describedby={error ? "login-error" : undefined}>
      <TextField
        label={t("login.username")}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        readOnly={!isHydrated}
        required
      />
      <TextField
        label={t("login.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        readOnly={!isHydrated}
        required
      />
      {error ? (
        <div id="login-error">
          <Alert>{error}</Alert>
        </div>
      ) : null}
      <Button type="submit" disabled={isSubmitting || !isHydrated}>
        {isSubmitting ? t("login.submitting") : t("login.submit")}
      </Button>
    </form>
  );
}
