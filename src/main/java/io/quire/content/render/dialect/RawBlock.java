package io.quire.content.render.dialect;

import org.commonmark.node.CustomBlock;

/**
 * The blocks between a Liquid {@code {% raw %}} line and its {@code {% endraw %}} line: template
 * syntax inside is text. Renders as its children.
 */
final class RawBlock extends CustomBlock {}
