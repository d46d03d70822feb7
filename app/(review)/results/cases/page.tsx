import type { Metadata } from "next";
import { Suspense } from "react";
import { ResultCasesPage } from "@/components/result-cases/result-cases-page";

export const metadata: Metadata = { title: "Danh sách việc — Kết quả thi hành án" };

// A static shell: which list comes from the query string, the cases from the API.
export default function Page() {
  return (
    <Suspense>
      <ResultCasesPage />
    </Suspense>
  );
}
