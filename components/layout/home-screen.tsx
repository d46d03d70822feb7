"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { routes } from "@/lib/routes";
import { CaseList } from "../cases/case-list";
import { FieldHome } from "../cases/field-home";
import { useI18n } from "../i18n/i18n-provider";
import { ResultsLink } from "../results/results-link";
import { ReviewLink } from "../review/review-link";
import { SessionGate } from "../session/session-gate";

/**
 * The home of each role. An officer works from the cases stored on the phone (offline); a supervisor and a
 * leader read their office's or province's cases from the server.
 */
export function HomeScreen() {
  const { t } = useI18n();
  const router = useRouter();
  const goToLogin = useCallback(() => router.replace("/login"), [router]);
  return (
    <SessionGate>
      {({ user }) =>
        user.role === "officer" ? (
          <FieldHome user={user} />
        ) : (
          <div className="flex flex-col gap-4">
            {user.role === "supervisor" || user.role === "leader" ? <ReviewLink /> : null}
            <ResultsLink />
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              <Link href={routes.ledgerImport} data-testid="ledger-import-link" className="inline-flex min-h-11 items-center text-sm text-blue-800 underline">
                Nhập sổ thụ lý (tệp CSV)
              </Link>
              {user.role === "supervisor" ? (
                <Link href={routes.lockdownImport} className="inline-flex min-h-11 items-center text-sm text-blue-800 underline">
                  Nhập tệp chuyển giao của Chấp hành viên
                </Link>
              ) : null}
            </div>
            <CaseList title={t(`home.${user.role}.title`)} onUnauthenticated={goToLogin} />
          </div>
        )
      }
    </SessionGate>
  );
}
