import type { AllocationReason, AllocationReasonCode } from './types';

const reason = (code: AllocationReasonCode, vi: string, en: string): AllocationReason =>
  Object.freeze({ code, message: Object.freeze({ vi, en }) });

/** The reasons of a unit's amount, shared by every allocation and frozen. */
export const ALLOCATION_REASONS: Readonly<Record<AllocationReasonCode, AllocationReason>> =
  Object.freeze({
    'criteria-share': reason(
      'criteria-share',
      'Phân bổ theo tỷ lệ điểm của đơn vị trên tổng số điểm.',
      "Divided in proportion to the unit's points over all units' points.",
    ),
    'zero-points': reason(
      'zero-points',
      'Đơn vị không có điểm nào theo bảng tiêu chí: chỉ nhận mức sàn (nếu có).',
      'The unit has no points under the criteria table: it receives only its floor, if any.',
    ),
    'floor-applied': reason(
      'floor-applied',
      'Phần theo tiêu chí thấp hơn mức sàn: đơn vị nhận mức sàn, phần thiếu lấy từ các đơn vị khác theo cùng tiêu chí.',
      'Its share by criteria was below its floor: it receives the floor, taken from the others by the same criteria.',
    ),
    'cap-applied': reason(
      'cap-applied',
      'Phần theo tiêu chí vượt mức trần: đơn vị nhận mức trần, phần dư chia cho các đơn vị khác theo cùng tiêu chí.',
      'Its share by criteria was above its cap: it receives the cap, the excess spread over the others by the same criteria.',
    ),
    'rounded-up': reason(
      'rounded-up',
      'Được làm tròn lên một đơn vị làm tròn (số dư lớn nhất), để tổng các phần đúng bằng tổng số.',
      'Rounded up by one rounding unit (a largest remainder), so that the parts add up to the total.',
    ),
    'rounded-down': reason(
      'rounded-down',
      'Được làm tròn xuống bội số của đơn vị làm tròn.',
      'Rounded down to a multiple of the rounding unit.',
    ),
  });
