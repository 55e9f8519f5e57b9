package com.edfapay.tokenmanager.sandbox.seed;

import com.edfapay.tokenmanager.sandbox.auth.Secrets;
import com.edfapay.tokenmanager.sandbox.store.BusinessUnitRow;
import com.edfapay.tokenmanager.sandbox.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Creates the demo data once, when the database is empty: a partner with merchants, a branch, users and terminals.
 * All rows go through JDBC batches in one transaction, so thousands of merchants seed in seconds. Choices and ids
 * come from a seeded {@link Random} (reproducible data); SDK token values come from {@link Secrets}.
 */
public final class Seeder {

    public static final String DEMO_PARTNER = "Edfa Demo Partner";

    /** User types cycled through a merchant's users; index 0 is a USER and 1 a TERMINAL (the personas). */
    private static final List<String> USER_TYPE_CYCLE =
            List.of("USER", "TERMINAL", "SDK_USER", "TERMINAL", "USER", "TERMINAL");
    private static final int BRANCH_USERS = 4;
    private static final int BATCH_SIZE = 2_000;

    private final Random random;
    private final Secrets secrets;
    private final Instant now;
    private int sequence;

    public Seeder(long seed, Secrets secrets, Instant now) {
        this.random = new Random(seed);
        this.secrets = secrets;
        this.now = now;
    }

    /** The ids the personas are chosen from. */
    public record SeededPartner(UUID partnerId, UUID partnerUserId, List<UUID> merchantIds,
                                @Nullable UUID merchantAdminId, @Nullable UUID branchId, @Nullable UUID branchUserId, UUID userId, UUID terminalId) {
    }

    /** Seeds the demo partner unless the database already holds data; returns whether it seeded. */
    public boolean seedIfEmpty(Database database, int merchants, int usersPerMerchant) throws SQLException {
        return database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM business_units")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
            SeededPartner demo = seedPartner(connection, DEMO_PARTNER, "شريك إدفع التجريبي", "", "", merchants,
                    usersPerMerchant);
            PersonaKeys.rememberPersonaUsers(connection, demo);
            return true;
        });
    }

    /**
     * Seeds one partner tree on {@code connection} (the caller owns the transaction). {@code merchantPrefix} and
     * {@code usernameSuffix} keep names distinct when tests add a second, foreign partner.
     */
    public SeededPartner seedPartner(Connection connection, String partnerName, String partnerNameAr,
                                     String merchantPrefix, String usernameSuffix, int merchants, int usersPerMerchant)
            throws SQLException {
        try (Batches batches = new Batches(connection)) {
            UUID partnerId = newId();
            String partnerSlug = SeedNames.slug(partnerName);
            batches.businessUnit(new BusinessUnitRow(partnerId, BusinessUnitRow.PARTNER, partnerName, partnerNameAr, "partners@" + partnerSlug + ".sa", true, null, partnerId));
            UUID partnerUserId = newId();
            batches.user(partnerUserId, "partner.admin" + usernameSuffix, "admin@" + partnerSlug + ".sa",
                    "Partner", "Admin", "PARTNER", partnerId, true);

            List<UUID> merchantIds = new ArrayList<>();
            @Nullable UUID merchantAdminId = null;
            @Nullable UUID branchId = null;
            @Nullable UUID branchUserId = null;
            List<UUID> firstMerchantUsers = List.of();
            for (int m = 0; m < merchants; m++) {
                SeedNames.Bilingual name = SeedNames.merchant(m);
                String merchantName = merchantPrefix + name.en();
                String slug = SeedNames.slug(merchantName);
                UUID merchantId = newId();
                merchantIds.add(merchantId);
                // One inactive merchant among the extras gives the "active" filter something to find.
                boolean active = m != 3;
                batches.businessUnit(new BusinessUnitRow(merchantId, BusinessUnitRow.MERCHANT, merchantName,
                        name.ar(), "info@" + slug + ".sa", active, partnerId, partnerId));
                UUID adminId = newId();
                String[] person = person();
                batches.user(adminId, "admin." + slug + usernameSuffix, "admin@" + slug + ".sa", person[0],
                        person[1], "MERCHANT", merchantId, true);
                List<UUID> users = seedUsers(batches, merchantId, slug, usernameSuffix, usersPerMerchant);
                if (m == 0) {
                    merchantAdminId = adminId;
                    firstMerchantUsers = users;
                    branchId = newId();
                    batches.businessUnit(new BusinessUnitRow(branchId, BusinessUnitRow.BRANCH, "Olaya Branch",
                            "فرع العليا", "olaya@" + slug + ".sa", true, merchantId, partnerId));
                    branchUserId = newId();
                    batches.user(branchUserId, "olaya.branch" + usernameSuffix, "olaya@" + slug + ".sa", "Olaya",
                            "Branch Manager", "BRANCH", branchId, true);
                    seedUsers(batches, branchId, "olaya-" + slug, usernameSuffix, BRANCH_USERS);
                }
            }
            return new SeededPartner(partnerId, partnerUserId, List.copyOf(merchantIds), merchantAdminId, branchId,
                    branchUserId, firstMerchantUsers.get(0), firstMerchantUsers.get(1));
        }
    }

    private List<UUID> seedUsers(Batches batches, UUID businessUnitId, String slug, String usernameSuffix, int count)
            throws SQLException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = newId();
            ids.add(id);
            String type = USER_TYPE_CYCLE.get(i % USER_TYPE_CYCLE.size());
            boolean active = i % 7 != 5;
            sequence++;
            if (type.equals("TERMINAL")) {
                String username = String.format(Locale.ROOT, "pos%05d", sequence) + usernameSuffix;
                batches.terminal(id, username, username + "@" + slug + ".sa",
                        String.format(Locale.ROOT, "%02d", i + 1), businessUnitId, active,
                        newId().toString(), trsm(), deviceId());
            } else {
                String[] person = person();
                String username = SeedNames.usernamePart(person[0]) + "." + SeedNames.usernamePart(person[1])
                        + sequence + usernameSuffix;
                batches.user(id, username, username + "@" + slug + ".sa", person[0], person[1], type,
                        businessUnitId, active);
            }
            // A mix of active, disabled and missing SDK tokens.
            switch (i % 4) {
                case 0, 1 -> batches.sdkToken(id, secrets.newSdkToken(), true, now);
                case 2 -> batches.sdkToken(id, secrets.newSdkToken(), false, now);
                default -> { }
            }
        }
        return ids;
    }

    private String[] person() {
        return new String[] {SeedNames.FIRST_NAMES.get(random.nextInt(SeedNames.FIRST_NAMES.size())),
                SeedNames.LAST_NAMES.get(random.nextInt(SeedNames.LAST_NAMES.size()))};
    }

    private String trsm() {
        return String.valueOf(100_000_000_000L + (long) (random.nextDouble() * 899_999_999_999L));
    }

    private String deviceId() {
        return String.format(Locale.ROOT, "SM-A556E-%04X", random.nextInt(0x10000));
    }

    private String phone() {
        return String.format(Locale.ROOT, "+9665%08d", random.nextInt(100_000_000));
    }

    /** A version-4 UUID from the seeded random, so the same seed gives the same ids. */
    private UUID newId() {
        long most = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** The insert statements of one seeding run, flushed every {@value #BATCH_SIZE} rows and on close. */
    private final class Batches implements AutoCloseable {

        private final PreparedStatement businessUnits;
        private final PreparedStatement users;
        private final PreparedStatement sdkTokens;
        private int pendingUsers;
        private int pendingTokens;

        Batches(Connection connection) throws SQLException {
            businessUnits = connection.prepareStatement("INSERT INTO business_units(id, type, name, name_ar, email,"
                    + " active, parent_id, partner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            users = connection.prepareStatement("INSERT INTO users(id, username, email, first_name, last_name, phone,"
                    + " user_type, business_unit_id, active, terminal_id, trsm, device_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            sdkTokens = connection.prepareStatement(
                    "INSERT INTO sdk_tokens(user_id, token, active, updated_at) VALUES (?, ?, ?, ?)");
        }

        void businessUnit(BusinessUnitRow unit) throws SQLException {
            bind(businessUnits, unit.id(), unit.type(), unit.name(), unit.nameAr(), unit.email(), unit.active(),
                    unit.parentId(), unit.partnerId());
            businessUnits.addBatch();
            // Units first: users reference them.
            businessUnits.executeBatch();
        }

        void user(UUID id, String username, String email, String first, String last, String type, UUID unit,
                  boolean active) throws SQLException {
            addUser(id, username, email, first, last, type, unit, active, null, null, null);
        }

        void terminal(UUID id, String username, String email, String number, UUID unit, boolean active,
                      String terminalId, String trsm, String deviceId) throws SQLException {
            addUser(id, username, email, "Terminal", number, "TERMINAL", unit, active, terminalId, trsm, deviceId);
        }

        private void addUser(UUID id, String username, @Nullable String email, @Nullable String first,
                             @Nullable String last, String type,
                             UUID unit, boolean active, @Nullable String terminalId, @Nullable String trsm,
                             @Nullable String deviceId)
                throws SQLException {
            bind(users, id, username, email == null ? null : email.toLowerCase(Locale.ROOT), first, last, phone(), type, unit, active,
                    terminalId, trsm, deviceId);
            users.addBatch();
            if (++pendingUsers >= BATCH_SIZE) {
                flush();
            }
        }

        void sdkToken(UUID userId, String token, boolean active, Instant at) throws SQLException {
            bind(sdkTokens, userId, token, active, at.atOffset(ZoneOffset.UTC));
            sdkTokens.addBatch();
            if (++pendingTokens >= BATCH_SIZE) {
                flush();
            }
        }

        private void flush() throws SQLException {
            users.executeBatch();
            sdkTokens.executeBatch();
            pendingUsers = 0;
            pendingTokens = 0;
        }

        private void bind(PreparedStatement statement, @Nullable Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                businessUnits.close();
                users.close();
                sdkTokens.close();
            }
        }
    }
}
