"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { getQueue } from "@/lib/client/review-api";
import { routes } from "@/lib/routes";

// One page of one record is enough to read the per-state counts, which cover the whole scope.
const COUNT_QUERY = "state=submitted&page=1&pageSize=1";

/** « Duyệt biên bản » on a head's or a leader's home, with the number waiting when the server answers. */
export function ReviewLink() {
  const [waiting, setWaiting] = useState<number | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void getQueue(new URLSearchParams(COUNT_QUERY), controller.signal).then((result) => {
      if (!controller.signal.aborted && result.ok) setWaiting(result.data.counts.submitted);
    });
    return () => controller.abort();
  }, []);
  return (
    <Link
      href={routes.review}
      data-testid="review-link"
      className="inline-flex min-h-11 items-center gap-2 self-start rounded-md bg-blue-800 px-4 font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
    >
      Duyệt biên bản
      {waiting === null ? null : (
        <span data-testid="review-link-count" className="rounded-full bg-white px-2 py-0.5 text-sm text-blue-900">
          {waiting.toLocaleString("vi-VN")} chờ duyệt
        </span>
      )}
    </Link>
  );
}
