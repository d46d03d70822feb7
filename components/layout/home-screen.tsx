"use client";

import { useSession } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect } from "react";
import { SessionUserSchema } from "@/lib/domain/users";
import { CaseList } from "../cases/case-list";
import { useI18n } from "../i18n/i18n-provider";
import { AppHeader } from "./app-header";

/** The home of each role: the officer's own cases, the supervisor's office, the leader's province. */
export function HomeScreen() {
  const { t } = useI18n();
  const router = useRouter();
  const { data, status } = useSession();
  const parsedUser = SessionUserSchema.safeParse(data?.user);
  const user = parsedUser.success ? parsedUser.data : null;

  const goToLogin = useCallback(() => router.replace("/login"), [router]);

  useEffect(() => {
    if (status === "unauthenticated") goToLogin();
  }, [status, goToLogin]);

  return (
    <>
      <AppHeader user={user} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {user ? (
          <CaseList title={t(`home.${user.role}.title`)} onUnauthenticated={goToLogin} />
        ) : (
          <p role="status" className="text-slate-700">
            {t("home.loading")}
          </p>
        )}
      </main>
    </>
  );
}
