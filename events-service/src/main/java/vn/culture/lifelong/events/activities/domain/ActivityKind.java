package vn.culture.lifelong.events.activities.domain;

/** What kind of activity a unit holds, with the name people read in calendars. */
public enum ActivityKind {
    EXHIBITION("Triển lãm"),
    THEMATIC_DISPLAY("Trưng bày chuyên đề"),
    BOOK_FAIR("Hội sách"),
    BOOK_STREET("Đường sách"),
    READING_CONTEST("Cuộc thi đọc sách"),
    STORYTELLING("Kể chuyện"),
    TALK("Tọa đàm, nói chuyện chuyên đề"),
    TRAINING_CLASS("Lớp tập huấn"),
    MOBILE_LIBRARY("Thư viện lưu động"),
    FESTIVAL("Lễ hội, liên hoan"),
    OTHER("Hoạt động khác");

    private final String nameVi;

    ActivityKind(String nameVi) {
        this.nameVi = nameVi;
    }

    public String nameVi() {
        return nameVi;
    }
}
