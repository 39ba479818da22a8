/**
 * The command line (picocli): one class per subcommand, errors reported in one place.
 */
package org.citebot.cli;
