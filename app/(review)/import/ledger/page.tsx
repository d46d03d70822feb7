import type { Metadata } from "next";
import { LedgerImportPage } from "@/components/ledger-import/ledger-import-page";

export const metadata: Metadata = { title: "Nhập sổ thụ lý" };

export default function Page() {
  return <LedgerImportPage />;
}
