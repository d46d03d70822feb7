import "server-only";
import { ERROR_STATUS, type ErrorCode, type FieldError } from "@/lib/domain/errors";

/** The one error the server throws on purpose. Anything else reaching the route wrapper is a logged 500. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;

  constructor(code: ErrorCode, options: { detail?: string; errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(options.detail ?? code);
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers;
  }
}
