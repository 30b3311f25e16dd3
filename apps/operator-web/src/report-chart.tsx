import { useEffect, useRef, useState } from 'react';

/**
 * A Vega-Lite chart drawn live (SVG, with tooltips). Vega and Vega-Lite are loaded on first use
 * only, in their own chunk, so the portal's first load does not carry them.
 */
export function ReportChart({
  title,
  spec,
  suppressed,
}: {
  title: string;
  spec: string;
  suppressed: number;
}) {
  const target = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let view: { finalize(): void } | undefined;
    let cancelled = false;
    (async () => {
      const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
      if (cancelled || !target.current) return;
      const parsed = JSON.parse(spec);
      // The figures are in the tables: the chart is one image for assistive technology.
      const compiled = vegaLite.compile({
        ...parsed,
        config: { ...parsed.config, aria: false },
        width: 'container',
        autosize: { type: 'fit-x', contains: 'padding' },
      });
      const live = new vega.View(vega.parse(compiled.spec), {
        renderer: 'svg',
        container: target.current,
        hover: true,
      });
      view = live;
      await live.runAsync();
    })().catch(() => {
      if (!cancelled) setFailed(true);
    });
    return () => {
      cancelled = true;
      view?.finalize();
    };
  }, [spec]);

  return (
    <figure className="sl-report-chart" data-testid="report-chart">
      <figcaption className="h6">{title}</figcaption>
      {failed ? (
        <p className="sl-error">Non è stato possibile disegnare il grafico: i dati sono nelle tabelle.</p>
      ) : (
        <div role="img" aria-label={`Grafico: ${title}`}>
          <div ref={target} aria-hidden="true" style={{ width: '100%' }} />
        </div>
      )}
      {suppressed > 0 ? (
        <p className="small text-muted">{suppressed} dati non mostrati per tutelare la riservatezza.</p>
      ) : null}
    </figure>
  );
}
