import type { Metadata } from "next";
import { Suspense } from "react";
import { ReviewQueuePage } from "@/components/review/review-queue-page";

export const metadata: Metadata = { title: "Duyệt biên bản" };

// A static shell: the filters come from the query string and the data from the review API.
export default function Page() {
  return (
    <Suspense>
      <ReviewQueuePage />
    </Suspense>
  );
}
