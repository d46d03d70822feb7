"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import type { SessionUser } from "@/lib/domain/users";
import { routes } from "@/lib/routes";
import { CaseList } from "../cases/case-list";
import { useI18n } from "../i18n/i18n-provider";
import { ResultsLink } from "../results/results-link";
import { ReviewLink } from "../review/review-link";

/** The home of a supervisor or a leader: the review queue, results, imports and the office's cases from the server. */
export function OfficeHome({ role }: { role: Exclude<SessionUser["role"], "officer"> }) {
  const { t } = useI18n();
  const router = useRouter();
  const goToLogin = useCallback(() => router.replace("/login"), [router]);
  return (
    <div className="flex flex-col gap-4">
      {role === "supervisor" || role === "leader" ? <ReviewLink /> : null}
      <ResultsLink />
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        <Link href={routes.ledgerImport} data-testid="ledger-import-link" className="inline-flex min-h-11 items-center text-sm text-blue-800 underline">
          Nhập sổ thụ lý (tệp CSV)
        </Link>
        {role === "supervisor" ? (
          <Link href={routes.lockdownImport} className="inline-flex min-h-11 items-center text-sm text-blue-800 underline">
            Nhập tệp chuyển giao của Chấp hành viên
          </Link>
        ) : null}
      </div>
      <CaseList title={t(`home.${role}.title`)} onUnauthenticated={goToLogin} />
    </div>
  );
}
