/** The demo meetings' agenda (the usual order of a monthly meeting) and its month labels. */

/** "2025-09" → "9/2025". */
export const monthLabel = (period: string): string => `${Number(period.slice(5))}/${period.slice(0, 4)}`;

/** The agenda of the meeting of `period`, reviewing the resolution of `previous`. */
export function agenda(period: string, previous: string): { position: number; title: string; presenter: string }[] {
  return [
    [
      'Tuyên bố lý do, giới thiệu đại biểu; cử thư ký; điểm danh; thông qua chương trình',
      'Đồng chí Nguyễn Văn Hùng, Bí thư',
    ],
    ['Thông tin thời sự, thông tin nội bộ', 'Đồng chí Trần Thị Mai, Phó Bí thư'],
    [`Đánh giá kết quả thực hiện Nghị quyết tháng ${monthLabel(previous)}`, 'Đồng chí Nguyễn Văn Hùng, Bí thư'],
    ['Chuyên đề "Tự soi, tự sửa": trách nhiệm nêu gương của đảng viên', 'Đồng chí Lê Minh Tuấn, Chi ủy viên'],
    [`Phương hướng, nhiệm vụ tháng ${monthLabel(period)}; thảo luận`, 'Đồng chí Nguyễn Văn Hùng, Bí thư'],
    [
      `Kết luận, biểu quyết Nghị quyết tháng ${monthLabel(period)}; thông qua biên bản`,
      'Đồng chí Nguyễn Văn Hùng, Bí thư',
    ],
  ].map(([title, presenter], index) => ({ position: index + 1, title: title ?? '', presenter: presenter ?? '' }));
}
