import { AppError } from "@/lib/server/http/app-error";

/** The HTTP status an operation would answer: 200 when it succeeds, its AppError's status when it refuses. */
export async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof AppError) return error.status;
    throw error;
  }
}
