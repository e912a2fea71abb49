/**
 * The SVG map as a canvas, for the image export and the handout: the SVG is serialised as it
 * stands (every look is an attribute, svg-scene.ts), decoded as an image and drawn at the
 * screen's pixel ratio, as MapLibre's canvas would be, or at a picture's own. Names fall back to the system sans-serif
 * (an SVG drawn as an image cannot load the page's web font).
 */
export async function rasterise(
  svg: SVGSVGElement,
  width: number,
  height: number,
  ratio = typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1,
) {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * ratio));
  canvas.height = Math.max(1, Math.round(height * ratio));
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const text = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
  return canvas;
}
