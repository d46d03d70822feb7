"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import type { SessionUser } from "@/lib/domain/users";
import { routes } from "@/lib/routes";
import { CaseList } from "../cases/case-list";
import { FieldHome } from "../cases/field-home";
import { useI18n } from "../i18n/i18n-provider";
import { ResultsLink } from "../results/results-link";
import { ReviewLink } from "../review/review-link";
import { SessionGate } from "../session/session-gate";

// Not needed for the first paint (and it reads the browser): loaded after hydration, precached like the rest.
const InstallOffer = dynamic(() => import("../pwa/install-offer").then((module) => module.InstallOffer), { ssr: false });

/**
 * The home of each role. An officer works from the cases stored on the phone (offline); a supervisor and a
 * leader read their office's or province's cases from the server.
 */
export function HomeScreen() {
  return (
    <SessionGate>
      {({ user }) => (
        <div className="flex flex-col gap-4">
          {user.role === "officer" ? <FieldHome user={user} /> : <OfficeHome role={user.role} />}
          {/* Last, and sticky at the bottom of the screen: it appears after hydration, and above the cases it pushed
              the whole list down under the officer's finger (Lighthouse measured a layout shift of 0.16).
              The Home Screen guide is for those who keep unsent records on the phone: on iOS, Safari deletes them. */}
          <InstallOffer showsIosGuide={user.role === "officer"} />
        </div>
      )}
    </SessionGate>
  );
}

function OfficeHome({ role }: { role: Exclude<SessionUser["role"], "officer"> }) {
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
