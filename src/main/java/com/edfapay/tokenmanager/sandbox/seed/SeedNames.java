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

    private SeedNames() {
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
