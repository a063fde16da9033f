/**
 * The printable handout: a sheet and the catalog in, a PDF out.
 *
 * <p>Rendering happens in two strictly separate steps, as in easytable. <b>Layout</b> turns the sheet into
 * {@link org.backsheet.render.Block}s whose width is fixed and whose height is measured (text is cleaned by
 * {@code TextCleaner}, wrapped by {@code TextWrapper}, measured with cached glyph advances), puts them in
 * reading order ({@code HandoutFlow}: {@code DetailedLayout} or {@code CompactLayout}, closing boxes,
 * signature, tracking chart) and assigns them to pages ({@code Paginator}): a block never straddles two
 * pages, one taller than a page is split first. <b>Drawing</b> then only draws, page by page, through
 * {@code PageCanvas}, the one place text reaches the PDF (and where it is tagged for PDF/UA, see
 * {@code render.pdf}). Because the page count is known before the first page is drawn, "Page X of Y" is exact.
 *
 * <p>The words printed come from {@code HandoutLabels*.properties} in the sheet's language; the type scale and
 * colours from {@code Typography}; exercise pictures from an {@link org.backsheet.render.ExercisePictures}.
 * {@link org.backsheet.render.HandoutRenderer} is thread-safe: parsed fonts are lent to one document at a time.
 */
package org.backsheet.render;
