import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KnowledgeBase } from '../../lib/knowledge/types';
import type { PageSummary } from '../../lib/messages';
import { coverageMatrix } from '../../lib/popup/coverage-matrix';
import { countByCategory, groupPageEntities } from '../../lib/popup/group-page-entities';
import { hostnameOf, type PageLink } from '../../lib/popup/page-link';
import type { PopupParams, View } from '../../lib/popup/popup-params';
import { buildSearchIndex, type SearchIndex } from '../../lib/popup/search-index';
import { timelineModel } from '../../lib/popup/timeline-model';
import {
  isPaused,
  loadSettings,
  type Settings,
  updateSettings,
  watchSettings,
} from '../../lib/settings';
import { CategoryToggles } from './CategoryToggles';
import { CompareView } from './CompareView';
import { PageMentions, type PageStatus } from './PageMentions';
import { Timeline } from './Timeline';
import { ViewTabs } from './ViewTabs';

type PopupAppProps = {
  kb: KnowledgeBase;
  params: PopupParams;
  /** Finds the page the popup is about; undefined when there is none. */
  connect(): Promise<PageLink | undefined>;
};

type PageState = { status: PageStatus; summary?: PageSummary; url?: string };

/** How often to ask the page again: quickly while it scans, then now and then for new content. */
const POLL_SCANNING_MS = 250;
const POLL_DONE_MS = 1500;

/**
 * The toolbar popup: what this page mentions and the highlight switches, Compare sources, and
 * the timeline, as three tabs. The first view needs nothing asynchronous; data fills in
 * reserved space as the page and storage answer.
 */
export function PopupApp({ kb, params, connect }: PopupAppProps) {
  const [view, setView] = useState<View>(params.view);
  const [entity, setEntity] = useState<string | undefined>(params.entity);
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [page, setPage] = useState<PageState>({ status: 'connecting' });
  const link = useRef<PageLink | undefined>(undefined);

  useEffect(() => {
    let live = true;
    loadSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    const poll = async () => {
      if (!link.current) link.current = await connect();
      const summary = link.current ? await link.current.getSummary() : undefined;
      if (!live) return;
      const next: PageState = summary
        ? { status: summary.status, summary, url: summary.url }
        : { status: 'unavailable', ...(link.current?.url ? { url: link.current.url } : {}) };
      // Re-render only on change, so a steady page costs nothing between polls.
      const key = JSON.stringify(next);
      if (key !== last) {
        last = key;
        setPage(next);
      }
      if (link.current)
        timer = setTimeout(poll, summary?.status === 'scanning' ? POLL_SCANNING_MS : POLL_DONE_MS);
    };
    poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [connect]);

  const models = useMemo(() => lazyModels(kb), [kb]);
  const hostname = hostnameOf(page.url);
  const paused = !!settings && !!hostname && isPaused(settings, hostname);
  const status: PageStatus = page.status === 'unavailable' && paused ? 'paused' : page.status;
  const entities = page.summary?.entities;

  const select = (id: string) => {
    setEntity(id);
    setView('compare');
    // Move focus to the new heading so keyboard and screen-reader users land on the result.
    requestAnimationFrame(() => document.getElementById('compare-heading')?.focus());
  };
  const change = (edit: (s: Settings) => Settings) => {
    if (settings) setSettings(edit(settings));
    updateSettings(edit).then(setSettings);
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>Summit Lens</h1>
        <p class="muted">Kim–Putin summit, September 2023 · {kb.sources.length} reports</p>
      </header>
      <main class="popup-main">
        <ViewTabs view={view} onChange={setView} />
        <TabPanel id="page" view={view}>
          {view === 'page' && (
            <>
              <CategoryToggles
                settings={settings}
                counts={entities ? countByCategory(entities) : undefined}
                hostname={hostname}
                onChange={change}
              />
              <PageMentions
                status={status}
                groups={entities ? groupPageEntities(entities, kb) : []}
                // A paused or switched-off page paints nothing by choice, not for want of support.
                painted={page.summary?.painted !== false || paused || settings?.enabled === false}
                {...noticeFor(settings, paused, status)}
                onReveal={(id) => link.current?.reveal(id)}
                onCompare={select}
              />
            </>
          )}
        </TabPanel>
        <TabPanel id="compare" view={view}>
          {view === 'compare' && (
            <CompareView
              kb={kb}
              matrix={models.matrix()}
              search={(q) => models.search().search(q)}
              entity={entity}
              onSelect={select}
              pageEntities={entities}
              pageUnreadable={page.status === 'unavailable'}
            />
          )}
        </TabPanel>
        <TabPanel id="timeline" view={view}>
          {view === 'timeline' && <Timeline days={models.timeline()} of={kb.sources.length} />}
        </TabPanel>
      </main>
    </div>
  );
}

type TabPanelProps = { id: View; view: View; children: ComponentChildren };

/**
 * One view's panel (APG tabs), hidden unless chosen. Callers render its content only for the
 * chosen view, so the other views' models are never built (their JSX would be built eagerly).
 */
function TabPanel({ id, view, children }: TabPanelProps) {
  return (
    <div
      class="panel"
      id={`panel-${id}`}
      role="tabpanel"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: APG tabs: a panel is focusable so keyboard users can scroll it.
      tabIndex={0}
      aria-labelledby={`tab-${id}`}
      hidden={view !== id}
    >
      {children}
    </div>
  );
}

/** Models built on first use, so the first view pays for none of them. */
function lazyModels(kb: KnowledgeBase) {
  return {
    matrix: once(() => coverageMatrix(kb)),
    timeline: once(() => timelineModel(kb)),
    search: once((): SearchIndex => buildSearchIndex(kb)),
  };
}

function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    if (!value) value = { v: make() };
    return value.v;
  };
}

function noticeFor(
  settings: Settings | undefined,
  paused: boolean,
  status: PageStatus,
): { notice?: string } {
  if (!settings || status === 'paused' || status === 'unavailable') return {};
  if (!settings.enabled) return { notice: 'Highlighting is switched off on every site.' };
  if (paused) return { notice: 'Paused on this site: nothing is highlighted here.' };
  return {};
}
