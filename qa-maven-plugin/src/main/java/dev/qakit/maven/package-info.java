/** The {@code qa:validate} goal: question content validated in a Maven build. */
package dev.qakit.maven;
