"use client";

import { getSession, signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { saveDeviceSession } from "@/lib/client/db/device-session";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { requestPersistentStorage } from "@/lib/client/storage-status";
import { SessionUserSchema } from "@/lib/domain/users";
import { useI18n } from "../i18n/i18n-provider";

/** Only same-site paths are followed after sign-in (no open redirect through callbackUrl). */
function safeCallbackPath(value: string | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

/**
 * Keeps a snapshot of the signed-in user in Dexie, so the app opens for them with no network, and asks the
 * browser to keep the site's storage (the outbox) safe from eviction.
 */
async function rememberSessionOnDevice() {
  const session = await getSession();
  const user = SessionUserSchema.safeParse(session?.user);
  if (user.success) await saveDeviceSession(fieldDatabase(), user.data);
  void requestPersistentStorage();
}

export function LoginForm() {
  const { t } = useI18n();
  const router = useRouter();
  const searchParams = useSearchParams();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t("login.error.required"));
      return;
    }
    setIsSubmitting(true);
    setError(null);
    try {
      const response = await signIn("credentials", { username: username.trim(), password, redirect: false });
      if (response?.ok && !response.error) {
        await rememberSessionOnDevice();
        router.replace(safeCallbackPath(searchParams.get("callbackUrl")));
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
        required
      />
      <TextField
        label={t("login.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        required
      />
      {error ? (
        <div id="login-error">
          <Alert>{error}</Alert>
        </div>
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("login.submitting") : t("login.submit")}
      </Button>
    </form>
  );
}
