import type { Metadata } from "next";
import { Suspense } from "react";
import { ReviewRecordPage } from "@/components/review/review-record-page";

export const metadata: Metadata = { title: "Duyệt biên bản" };

// A static shell: the id comes from the query string (as on /record) and the data from the review API.
export default function Page() {
  return (
    <Suspense>
      <ReviewRecordPage />
    </Suspense>
  );
}
