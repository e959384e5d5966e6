import type { LegalCitation } from '../law/citation';

/** One of Vietnam's 54 recognised ethnic groups (dân tộc). */
export interface EthnicGroup {
  /** The code in the 1979 statistical list (Decision 121-TCTK/PPCĐ), `01` to `54`. */
  readonly code: string;
  /** The canonical Vietnamese name. */
  readonly name: string;
  /** Other spellings seen in registers and documents. */
  readonly otherNames: readonly string[];
  /** Whether the group is an ethnic minority (dân tộc thiểu số): every group but Kinh. */
  readonly minority: boolean;
}

/**
 * The legal basis of the list of ethnic groups and of "ethnic minority" (dân tộc thiểu số).
 *
 * @example
 * ```ts
 * import { ETHNIC_GROUPS_BASIS, formatCitation } from 'vn-poverty';
 * formatCitation(ETHNIC_GROUPS_BASIS, 'en'); //=> 'Decree 05/2011/NĐ-CP, Art. 4 (grade S)'
 * ```
 */
export const ETHNIC_GROUPS_BASIS: LegalCitation = Object.freeze({
  kind: 'decree',
  number: '05/2011/NĐ-CP',
  article: '4',
  grade: 'S',
  note: 'Names and codes from the 1979 statistical list (Decision 121-TCTK/PPCĐ)',
} as const);

const TABLE: ReadonlyArray<readonly [string, string, ...string[]]> = [
  ['01', 'Kinh', 'Việt'],
  ['02', 'Tày'],
  ['03', 'Thái'],
  ['04', 'Hoa', 'Hán'],
  ['05', 'Khơ-me', 'Khmer', 'Khơ me'],
  ['06', 'Mường'],
  ['07', 'Nùng'],
  ['08', 'Mông', "H'Mông", 'Hmông', 'Mèo'],
  ['09', 'Dao'],
  ['10', 'Gia-rai', 'Gia Rai', 'Jrai'],
  ['11', 'Ngái'],
  ['12', 'Ê-đê', 'Ê Đê', 'Rhade'],
  ['13', 'Ba-na', 'Ba Na', 'Bahnar'],
  ['14', 'Xơ-đăng', 'Xơ Đăng'],
  ['15', 'Sán Chay', 'Cao Lan-Sán Chỉ'],
  ['16', 'Cơ-ho', 'Cơ Ho', "K'Ho"],
  ['17', 'Chăm', 'Chàm'],
  ['18', 'Sán Dìu'],
  ['19', 'Hrê'],
  ['20', 'Mnông', "M'Nông"],
  ['21', 'Ra-glai', 'Raglay', 'Ra Glai'],
  ['22', 'Xtiêng', "X'Tiêng", 'Stiêng'],
  ['23', 'Bru-Vân Kiều', 'Bru Vân Kiều'],
  ['24', 'Thổ'],
  ['25', 'Giáy'],
  ['26', 'Cơ-tu', 'Cơ Tu'],
  ['27', 'Giẻ-Triêng', 'Gié-Triêng'],
  ['28', 'Mạ'],
  ['29', 'Khơ-mú', 'Khơ Mú'],
  ['30', 'Co'],
  ['31', 'Tà-ôi', 'Ta-ôi', 'Tà Ôi'],
  ['32', 'Chơ-ro', 'Chơ Ro'],
  ['33', 'Kháng'],
  ['34', 'Xinh-mun', 'Xinh Mun'],
  ['35', 'Hà Nhì'],
  ['36', 'Chu-ru', 'Chu Ru'],
  ['37', 'Lào'],
  ['38', 'La Chí'],
  ['39', 'La Ha'],
  ['40', 'Phù Lá'],
  ['41', 'La Hủ'],
  ['42', 'Lự'],
  ['43', 'Lô Lô'],
  ['44', 'Chứt'],
  ['45', 'Mảng'],
  ['46', 'Pà Thẻn'],
  ['47', 'Cơ Lao'],
  ['48', 'Cống'],
  ['49', 'Bố Y'],
  ['50', 'Si La'],
  ['51', 'Pu Péo'],
  ['52', 'Brâu'],
  ['53', 'Ơ Đu'],
  ['54', 'Rơ-măm', 'Rơ Măm'],
];

/**
 * The 54 ethnic groups in the order of the 1979 statistical list, with their other spellings.
 *
 * @remarks Legal basis: Decree 05/2011/NĐ-CP Art. 4 (ethnic minorities are the groups other than
 * the majority Kinh); codes from Decision 121-TCTK/PPCĐ. Grade S. A bare two-digit code is
 * ambiguous (the 2008 list numbers the groups differently), so households name the group.
 *
 * @example
 * ```ts
 * import { ETHNIC_GROUPS } from 'vn-poverty';
 * ETHNIC_GROUPS.length; //=> 54
 * ETHNIC_GROUPS.filter((group) => group.minority).length; //=> 53
 * ETHNIC_GROUPS[4]?.name; //=> 'Khơ-me'
 * ```
 */
export const ETHNIC_GROUPS: readonly EthnicGroup[] = Object.freeze(
  TABLE.map(([code, name, ...otherNames]) =>
    Object.freeze({ code, name, otherNames: Object.freeze(otherNames), minority: code !== '01' }),
  ),
);
