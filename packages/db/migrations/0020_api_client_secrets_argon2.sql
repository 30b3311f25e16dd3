-- Client secrets were stored as unsalted SHA-256, from which no slow salted hash can be derived
-- without the secret. Those clients are revoked and their hash dropped: a network admin creates a
-- new client (its secret is stored with argon2id) and hands the new secret to the integration.
UPDATE "api_clients"
SET "revoked_at" = coalesce("revoked_at", now()), "secret_hash" = 'revoked: unsalted SHA-256'
WHERE "secret_hash" NOT LIKE '$argon2id$%';
