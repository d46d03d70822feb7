import type { Metadata } from "next";
import { Suspense } from "react";
import { ResultsPage } from "@/components/results/results-page";

export const metadata: Metadata = { title: "Kết quả thi hành án" };

// A static shell: the year, date, office and order come from the query string and the figures from the API.
export default function Page() {
  return (
    <Suspense>
      <ResultsPage />
    </Suspense>
  );
}
