/**
 * What a deployer edits: the config folder and the settings it holds.
 */
package org.citebot.config;
