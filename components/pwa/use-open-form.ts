"use client";

import { useEffect } from "react";
import { type FlushForm, registerOpenForm } from "@/lib/client/pwa/open-forms";

/** While the calling component is mounted, a new app version waits; `flush` saves its changes before a forced update. */
export function useOpenForm(flush: FlushForm): void {
  useEffect(() => registerOpenForm(flush), [flush]);
}
