import type { Metadata } from "next";
import { LockdownImportPage } from "@/components/sync/lockdown-import-page";

export const metadata: Metadata = { title: "Nhập tệp chuyển giao" };

export default function Page() {
  return <LockdownImportPage />;
}
