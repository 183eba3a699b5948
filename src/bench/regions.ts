/**
 * Regions the benchmark's generated corpora are spread over (GB/T 2260 codes).
 * The real sources' regions are taken out when a corpus is made
 * (benchRegionsBesides), so a copy never lands on a real region's page, whatever
 * region the manifest adds next. A city document is copied to a city, a provincial one to a
 * province, so each copy keeps its original's shape.
 */
import type { Region } from "../model/schema.ts";

export type BenchRegion = Region & {
  /** The name as it stands in running text without 市/省/自治区 (青岛 in 青岛市工业和信息化局). */
  short: string;
  provinceShort: string;
};

const city = (province: string, provinceShort: string, name: string, adminCode: string, slug: string): BenchRegion => ({
  province,
  city: name,
  adminCode,
  slug,
  short: name.replace(/市$/u, ""),
  provinceShort,
});

const province = (name: string, short: string, adminCode: string, slug: string): BenchRegion => ({
  province: name,
  city: null,
  adminCode,
  slug,
  short,
  provinceShort: short,
});

/** Cities, municipalities included (province and city the same, like 天津市). */
export const BENCH_CITIES: readonly BenchRegion[] = [
  city("北京市", "北京", "北京市", "110000", "beijing"),
  city("上海市", "上海", "上海市", "310000", "shanghai"),
  city("重庆市", "重庆", "重庆市", "500000", "chongqing"),
  city("河北省", "河北", "石家庄市", "130100", "shijiazhuang"),
  city("河北省", "河北", "唐山市", "130200", "tangshan"),
  city("山西省", "山西", "太原市", "140100", "taiyuan"),
  city("内蒙古自治区", "内蒙古", "呼和浩特市", "150100", "huhehaote"),
  city("辽宁省", "辽宁", "沈阳市", "210100", "shenyang"),
  city("辽宁省", "辽宁", "大连市", "210200", "dalian"),
  city("吉林省", "吉林", "长春市", "220100", "changchun"),
  city("黑龙江省", "黑龙江", "哈尔滨市", "230100", "haerbin"),
  city("江苏省", "江苏", "南京市", "320100", "nanjing"),
  city("江苏省", "江苏", "无锡市", "320200", "wuxi"),
  city("江苏省", "江苏", "徐州市", "320300", "xuzhou"),
  city("江苏省", "江苏", "常州市", "320400", "changzhou"),
  city("江苏省", "江苏", "苏州市", "320500", "suzhou"),
  city("浙江省", "浙江", "杭州市", "330100", "hangzhou"),
  city("浙江省", "浙江", "宁波市", "330200", "ningbo"),
  city("浙江省", "浙江", "温州市", "330300", "wenzhou"),
  city("安徽省", "安徽", "合肥市", "340100", "hefei"),
  city("安徽省", "安徽", "芜湖市", "340200", "wuhu"),
  city("福建省", "福建", "福州市", "350100", "fuzhou"),
  city("福建省", "福建", "厦门市", "350200", "xiamen"),
  city("江西省", "江西", "南昌市", "360100", "nanchang"),
  city("山东省", "山东", "济南市", "370100", "jinan"),
  city("山东省", "山东", "淄博市", "370300", "zibo"),
  city("山东省", "山东", "烟台市", "370600", "yantai"),
  city("山东省", "山东", "潍坊市", "370700", "weifang"),
  city("河南省", "河南", "郑州市", "410100", "zhengzhou"),
  city("河南省", "河南", "洛阳市", "410300", "luoyang"),
  city("湖北省", "湖北", "武汉市", "420100", "wuhan"),
  city("湖北省", "湖北", "宜昌市", "420500", "yichang"),
  city("湖南省", "湖南", "株洲市", "430200", "zhuzhou"),
  city("湖南省", "湖南", "湘潭市", "430300", "xiangtan"),
  city("广东省", "广东", "广州市", "440100", "guangzhou"),
  city("广东省", "广东", "深圳市", "440300", "shenzhen"),
  city("广东省", "广东", "珠海市", "440400", "zhuhai"),
  city("广东省", "广东", "佛山市", "440600", "foshan"),
  city("广西壮族自治区", "广西", "南宁市", "450100", "nanning"),
  city("海南省", "海南", "海口市", "460100", "haikou"),
  city("四川省", "四川", "成都市", "510100", "chengdu"),
  city("贵州省", "贵州", "贵阳市", "520100", "guiyang"),
  city("云南省", "云南", "昆明市", "530100", "kunming"),
  city("陕西省", "陕西", "西安市", "610100", "xian"),
  city("甘肃省", "甘肃", "兰州市", "620100", "lanzhou"),
  city("宁夏回族自治区", "宁夏", "银川市", "640100", "yinchuan"),
  city("新疆维吾尔自治区", "新疆", "乌鲁木齐市", "650100", "wulumuqi"),
];

/** Provincial publishers. */
export const BENCH_PROVINCES: readonly BenchRegion[] = [
  province("河北省", "河北", "130000", "hebei"),
  province("山西省", "山西", "140000", "shanxi"),
  province("辽宁省", "辽宁", "210000", "liaoning"),
  province("浙江省", "浙江", "330000", "zhejiang"),
  province("安徽省", "安徽", "340000", "anhui"),
  province("福建省", "福建", "350000", "fujian"),
  province("江西省", "江西", "360000", "jiangxi"),
  province("河南省", "河南", "410000", "henan"),
  province("湖北省", "湖北", "420000", "hubei"),
  province("湖南省", "湖南", "430000", "hunan"),
  province("四川省", "四川", "510000", "sichuan"),
  province("贵州省", "贵州", "520000", "guizhou"),
  province("云南省", "云南", "530000", "yunnan"),
  province("陕西省", "陕西", "610000", "shaanxi"),
];

/** Running-text names of a real source's region (天津市 → 天津; 广东省 → 广东). */
export function shortNames(region: Region): { short: string; provinceShort: string } {
  const provinceShort = region.province.replace(/(?:壮族|回族|维吾尔)?(?:自治区|省|市)$/u, "");
  return { short: region.city ? region.city.replace(/市$/u, "") : provinceShort, provinceShort };
}

/** The regions of `list` that no real region shares a code, slug or name with. */
export function benchRegionsBesides(real: readonly Region[], list: readonly BenchRegion[]): BenchRegion[] {
  const codes = new Set(real.map((r) => r.adminCode));
  const slugs = new Set(real.flatMap((r) => (r.slug ? [r.slug] : [])));
  const names = new Set(real.map((r) => r.city ?? r.province));
  return list.filter((r) => !codes.has(r.adminCode) && !slugs.has(r.slug ?? "") && !names.has(r.city ?? r.province));
}
