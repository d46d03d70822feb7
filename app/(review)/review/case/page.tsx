import type { Metadata } from "next";
import { Suspense } from "react";
import { CaseLedgerPage } from "@/components/ledger/case-ledger-page";

export const metadata: Metadata = { title: "Sổ quyết định và sổ tiền của hồ sơ" };

// A static shell: the id comes from the query string and the data from the cases API.
export default function Page() {
  return (
    <Suspense>
      <CaseLedgerPage />
    </Suspense>
  );
}
