/**
 * The regular report inside Jira, as pure Java: who subscribes whom and how often, when a
 * subscription is due, which of its recipients get a message over which projects, and the opt-outs
 * and unsubscribe tokens that let a recipient stop it without an admin. Jira's groups, users,
 * permissions and mail queue come in through the ports of this package.
 */
package io.pmobuyin.run.digest;
