// The words of the service form (biên bản thông báo / tống đạt / niêm yết), in one place for a later
// translation. Choice labels come from lib/domain/records/labels.ts.
export const SERVICE_TEXT = {
  validDate: {
    heading: "Ngày thông báo hợp lệ",
    unknown: "Chưa xác định được",
    postingEndsOn: (date: string) => `Niêm yết đến hết ngày ${date}`,
  },
  document: {
    legend: "Văn bản được thông báo",
    number: "Số văn bản",
    date: "Ngày văn bản",
    title: "Trích yếu văn bản",
    type: "Loại văn bản",
  },
  channel: { legend: "Hình thức thông báo", channel: "Hình thức" },
  addressee: {
    legend: "Người được thông báo",
    name: "Họ tên người được thông báo",
    address: "Địa chỉ giao, gửi văn bản",
  },
  attempt: {
    legend: "Kết quả thông báo",
    attemptedAt: "Thời điểm thông báo",
    outcome: "Kết quả",
    done: "Đã thực hiện",
  },
  substitute: {
    legend: "Người nhận thay",
    fullName: "Họ tên người nhận thay",
    relationship: "Quan hệ với người được thông báo",
    commits: "Người nhận thay cam kết chuyển giao văn bản cho người được thông báo",
    receivedAt: "Thời điểm nhận thay",
  },
  posting: {
    legend: "Niêm yết công khai",
    places: "Nơi niêm yết",
    place: "Nơi niêm yết",
    addPlace: "Thêm nơi niêm yết",
    noPlace: "Chưa ghi nơi niêm yết.",
    kind: "Loại nơi niêm yết",
    description: "Mô tả nơi niêm yết",
    postedOn: "Ngày niêm yết",
    endsOn: "Ngày kết thúc niêm yết",
    applyEndsOn: (date: string) => `Dùng ngày ${date}`,
    photos: "Ảnh niêm yết",
  },
  postal: { legend: "Gửi qua bưu điện", trackingNumber: "Số hiệu bưu gửi", mailedOn: "Ngày gửi" },
  media: {
    legend: "Thông báo trên phương tiện thông tin đại chúng",
    outlet: "Tên báo, đài",
    firstPublishedOn: "Ngày đăng, phát lần thứ nhất",
    secondPublishedOn: "Ngày đăng, phát lần thứ hai",
  },
  vneid: { legend: "Thông báo qua VNeID", sentAt: "Thời điểm VNeID báo đã gửi" },
} as const;
