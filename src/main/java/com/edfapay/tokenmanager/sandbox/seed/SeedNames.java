package com.edfapay.tokenmanager.sandbox.seed;

import java.util.List;
import java.util.Locale;

/** Saudi-flavoured names for the demo data: merchants in English and Arabic, people in Latin script. */
final class SeedNames {

    record Bilingual(String en, String ar) {
    }

    /** Hand-picked first merchants; the first one is the merchant persona's. */
    static final List<Bilingual> FEATURED_MERCHANTS = List.of(
            new Bilingual("Riyadh Coffee Roasters", "محمصة الرياض"),
            new Bilingual("Jeddah Electronics", "إلكترونيات جدة"),
            new Bilingual("Dammam Pharmacy", "صيدلية الدمام"),
            new Bilingual("Makkah Dates Company", "شركة تمور مكة"),
            new Bilingual("Madinah Bookstore", "مكتبة المدينة"),
            new Bilingual("Abha Mountain Cafe", "مقهى جبال أبها"),
            new Bilingual("Tabuk Auto Parts", "قطع غيار تبوك"),
            new Bilingual("Khobar Seafood Market", "سوق الخبر للأسماك"));

    static final List<Bilingual> CITIES = List.of(
            new Bilingual("Riyadh", "الرياض"), new Bilingual("Jeddah", "جدة"), new Bilingual("Dammam", "الدمام"),
            new Bilingual("Makkah", "مكة"), new Bilingual("Madinah", "المدينة"), new Bilingual("Taif", "الطائف"),
            new Bilingual("Abha", "أبها"), new Bilingual("Tabuk", "تبوك"), new Bilingual("Hail", "حائل"),
            new Bilingual("Buraidah", "بريدة"), new Bilingual("Khobar", "الخبر"), new Bilingual("Jazan", "جازان"),
            new Bilingual("Najran", "نجران"), new Bilingual("Yanbu", "ينبع"), new Bilingual("Al Ahsa", "الأحساء"),
            new Bilingual("Jubail", "الجبيل"), new Bilingual("Qassim", "القصيم"), new Bilingual("Al Kharj", "الخرج"),
            new Bilingual("Sakaka", "سكاكا"), new Bilingual("Khamis Mushait", "خميس مشيط"));

    static final List<Bilingual> TRADES = List.of(
            new Bilingual("Bakery", "مخبز"), new Bilingual("Perfumes", "عطور"), new Bilingual("Optics", "بصريات"),
            new Bilingual("Mobile Store", "متجر جوالات"), new Bilingual("Supermarket", "سوبرماركت"),
            new Bilingual("Tailoring", "خياطة"), new Bilingual("Flowers", "زهور"), new Bilingual("Fitness Club", "نادي لياقة"),
            new Bilingual("Laundry", "مغسلة"), new Bilingual("Restaurant", "مطعم"), new Bilingual("Sweets", "حلويات"),
            new Bilingual("Car Wash", "مغسلة سيارات"), new Bilingual("Oud House", "دار العود"),
            new Bilingual("Stationery", "قرطاسية"), new Bilingual("Honey Shop", "متجر عسل"),
            new Bilingual("Abaya Boutique", "بوتيك عبايات"));

    static final List<String> FIRST_NAMES = List.of("Ahmed", "Mohammed", "Fatimah", "Noura", "Abdullah", "Sara",
            "Khalid", "Reem", "Faisal", "Lama", "Omar", "Hessa", "Turki", "Jawaher", "Saud", "Maha", "Yousef", "Dana",
            "Sultan", "Hind", "Nawaf", "Shahad", "Majed", "Ghada");

    static final List<String> LAST_NAMES = List.of("Al-Harbi", "Al-Qahtani", "Al-Ghamdi", "Al-Zahrani", "Al-Otaibi",
            "Al-Shehri", "Al-Dosari", "Al-Mutairi", "Al-Anazi", "Al-Shammari", "Al-Subaie", "Al-Malki", "Al-Juhani",
            "Al-Rashidi");

    /**
     * The larger pools used past the featured (demo) merchants, so that 100,000 users do not repeat the same few
     * names: first and family names as pairs of Latin and Arabic spelling.
     */
    static final List<Bilingual> MANY_FIRST_NAMES = pairs(
            "Ahmed", "أحمد", "Mohammed", "محمد", "Abdullah", "عبدالله", "Abdulrahman", "عبدالرحمن", "Khalid", "خالد",
            "Faisal", "فيصل", "Omar", "عمر", "Saud", "سعود", "Sultan", "سلطان", "Turki", "تركي", "Nawaf", "نواف",
            "Majed", "ماجد", "Yousef", "يوسف", "Ibrahim", "إبراهيم", "Hamad", "حمد", "Fahad", "فهد", "Bandar", "بندر",
            "Mishal", "مشعل", "Rakan", "راكان", "Ziyad", "زياد", "Hassan", "حسن", "Ali", "علي", "Saleh", "صالح",
            "Mansour", "منصور", "Waleed", "وليد", "Talal", "طلال", "Rayan", "ريان", "Osama", "أسامة", "Adel", "عادل",
            "Fatimah", "فاطمة", "Noura", "نورة", "Sara", "سارة", "Reem", "ريم", "Lama", "لمى", "Hessa", "حصة",
            "Jawaher", "جواهر", "Maha", "مها", "Dana", "دانة", "Hind", "هند", "Shahad", "شهد", "Ghada", "غادة",
            "Amal", "أمل", "Asma", "أسماء", "Haifa", "هيفاء", "Lujain", "لجين", "Razan", "رزان", "Wejdan", "وجدان",
            "Abeer", "عبير", "Nouf", "نوف", "Munira", "منيرة", "Latifa", "لطيفة", "Rahaf", "رهف", "Joud", "جود",
            "Arwa", "أروى", "Bashayer", "بشاير", "Dalal", "دلال", "Afnan", "أفنان");

    static final List<Bilingual> MANY_FAMILY_NAMES = pairs(
            "Al-Harbi", "الحربي", "Al-Qahtani", "القحطاني", "Al-Ghamdi", "الغامدي", "Al-Zahrani", "الزهراني",
            "Al-Otaibi", "العتيبي", "Al-Shehri", "الشهري", "Al-Dosari", "الدوسري", "Al-Mutairi", "المطيري",
            "Al-Anazi", "العنزي", "Al-Shammari", "الشمري", "Al-Subaie", "السبيعي", "Al-Malki", "المالكي",
            "Al-Juhani", "الجهني", "Al-Rashidi", "الرشيدي", "Al-Amri", "العمري", "Al-Asmari", "الأسمري",
            "Al-Balawi", "البلوي", "Al-Dossary", "الدوسري", "Al-Faifi", "الفيفي", "Al-Hajri", "الهاجري",
            "Al-Jabri", "الجابري", "Al-Khaldi", "الخالدي", "Al-Luhaidan", "اللحيدان", "Al-Mansour", "المنصور",
            "Al-Nafisah", "النفيسة", "Al-Omari", "العمري", "Al-Qarni", "القرني", "Al-Rasheed", "الرشيد",
            "Al-Saud", "السعود", "Al-Tamimi", "التميمي", "Al-Yami", "اليامي", "Al-Zamil", "الزامل",
            "Bin Laden", "بن لادن", "Bakr", "بكر", "Hakeem", "حكيم", "Kurdi", "كردي", "Fallatah", "فلاتة",
            "Sabban", "صبان", "Jamjoom", "جمجوم", "Alireza", "علي رضا", "Kaaki", "كعكي", "Nasser", "ناصر",
            "Baeshen", "باعشن", "Bamasoud", "بامسعود");

    static final List<String> MAIL_DOMAINS = List.of("gmail.com", "outlook.com", "hotmail.com", "icloud.com",
            "yahoo.com", "outlook.sa");

    /** What staff call a merchant's terminals, in English and Arabic. */
    static final List<Bilingual> TERMINAL_LABELS = pairs("Till", "كاشير", "Counter", "نقطة بيع", "Kiosk", "كشك",
            "Drive-thru", "نافذة السيارات", "Front desk", "الاستقبال", "Terminal", "جهاز");

    static final List<String> DEVICE_MODELS = List.of("SM-A556E", "SM-A356E", "SM-A156F", "SM-T225", "A920PRO",
            "SUNMI-V2S", "SUNMI-P2", "NEXGO-N86", "CM30", "PIXEL-7A");

    private SeedNames() {
    }

    private static List<Bilingual> pairs(String... values) {
        List<Bilingual> out = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i += 2) {
            out.add(new Bilingual(values[i], values[i + 1]));
        }
        return List.copyOf(out);
    }

    /** The n-th merchant name (zero-based): featured ones first, then city × trade, then numbered rounds. */
    static Bilingual merchant(int n) {
        if (n < FEATURED_MERCHANTS.size()) {
            return FEATURED_MERCHANTS.get(n);
        }
        int generated = n - FEATURED_MERCHANTS.size();
        int combos = CITIES.size() * TRADES.size();
        Bilingual city = CITIES.get(generated % CITIES.size());
        Bilingual trade = TRADES.get((generated / CITIES.size()) % TRADES.size());
        int round = generated / combos;
        String suffix = round == 0 ? "" : " " + (round + 1);
        return new Bilingual(city.en() + " " + trade.en() + suffix, trade.ar() + " " + city.ar() + suffix);
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String usernamePart(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
