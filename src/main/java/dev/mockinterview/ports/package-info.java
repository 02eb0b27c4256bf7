/**
 * What the adapters need kept, declared apart from how it is kept: the request journal, the outbox of effects and
 * their messages, which message belongs to which question, the Messages tab's offers and welcomes, a user's data,
 * and the failure of any of them ({@link dev.mockinterview.ports.StorageException}). {@code storage/} implements
 * these on SQLite; {@code slack/} uses them and never {@code storage/} itself, so a second database (PostgreSQL)
 * is a second implementation here, with no change to the adapters.
 */
package dev.mockinterview.ports;
