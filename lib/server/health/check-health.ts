import "server-only";
import { sql } from "drizzle-orm";
import packageJson from "@/package.json";
import { getDatabase } from "../db/database";
import { AppError } from "../http/app-error";

export interface Health {
  status: "ok";
  db: "pglite" | "postgres";
  version: string;
}

export async function checkHealth(): Promise<Health> {
  try {
    const { db, driver } = await getDatabase();
    await db.execute(sql`SELECT 1`);
    return { status: "ok", db: driver, version: packageJson.version };
  } catch (error) {
    console.error("[health] database unavailable", error);
    throw new AppError("internal", { detail: "Cơ sở dữ liệu không sẵn sàng" });
  }
}
