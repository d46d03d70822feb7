// The words of the form kit, in one place for a later translation.
export const KIT_TEXT = {
  identity: {
    legend: "Giấy tờ tùy thân",
    number: "Số định danh / CMND",
    kinds: { dinh_danh: "Số định danh cá nhân (12 số)", cmnd: "CMND cũ (9 số)" },
  },
  list: {
    remove: "Xóa",
    // "Xóa tài sản thứ 2": the name does not contain the item's own label ("Tài sản 2"), so a locator for
    // the item's input never also finds its remove button.
    removeAria: (item: string, n: number) => `Xóa ${item.toLowerCase()} thứ ${n}`,
    confirmTitle: (item: string, n: number) => `Xóa ${item.toLowerCase()} thứ ${n}?`,
    confirmBody: "Nội dung đã nhập của mục này sẽ bị xóa khỏi bản nháp.",
    confirm: "Xóa",
    cancel: "Giữ lại",
    empty: "Chưa có mục nào.",
  },
  photos: {
    camera: "Chụp ảnh",
    file: "Chọn ảnh có sẵn",
    working: "Đang xử lý ảnh…",
    photo: (n: number) => `Ảnh ${n}`,
    none: "Chưa có ảnh.",
    confirmTitle: (n: number) => `Xóa ảnh ${n}?`,
    confirmBody: "Ảnh sẽ bị bỏ khỏi biên bản.",
  },
} as const;
