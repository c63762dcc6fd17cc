import type { CompanySearchQuery, CompanySearchResult } from '../../shared/api/companies';
import type { Company, Establishment } from '../../shared/api/establishment';
import { companyFromInseeHeadOffice, establishmentFromInsee } from '../../shared/lookup/insee';
import {
  companyFromRecherche,
  establishmentFromRecherche,
  searchHitFromRecherche,
} from '../../shared/lookup/recherche';
import type { Backoff } from '../cache/backoff';
import type { Cached, LookupCache } from '../cache/lookup-cache';
import { sha256Hex } from '../digest';
import type { InseeClient } from '../upstream/insee';
import type { RechercheClient } from '../upstream/recherche';
import { firstAnswer } from './sources';

export interface CompanyLookupParts {
  readonly cache: LookupCache;
  readonly backoff: Backoff;
  /** Present when INSEE_API_KEY is configured: then INSEE is asked first. */
  readonly insee: InseeClient | null;
  readonly recherche: RechercheClient;
  readonly now: () => number;
  readonly waitUntil: (promise: Promise<unknown>) => void;
}

/** Lookups of establishments and companies: cache first, INSEE when configured, else Recherche. */
export class CompanyLookups {
  constructor(private readonly parts: CompanyLookupParts) {}

  private retrievedAt(): string {
    return new Date(this.parts.now()).toISOString();
  }

  establishment(siret: string): Promise<Cached<Establishment>> {
    const { cache, waitUntil } = this.parts;
    return cache.get(`siret:v1:${siret}`, () => this.loadEstablishment(siret), waitUntil);
  }

  company(siren: string): Promise<Cached<Company>> {
    const { cache, waitUntil } = this.parts;
    return cache.get(`siren:v1:${siren}`, () => this.loadCompany(siren), waitUntil);
  }

  async search(query: CompanySearchQuery): Promise<Cached<CompanySearchResult>> {
    const { cache, waitUntil } = this.parts;
    // Hashed: KV keys are limited to 512 bytes, and what the user typed stays out of key listings.
    const q = await sha256Hex(query.q.toLowerCase().replace(/\s+/g, ' ').trim());
    const key = `search:v1:${query.postcode ?? ''}:${query.page}:${query.perPage}:${q}`;
    return cache.get(key, () => this.loadSearch(query), waitUntil);
  }

  private loadEstablishment(siret: string): Promise<Establishment | null> {
    const { insee, recherche, backoff } = this.parts;
    const sources: (() => Promise<Establishment | null>)[] = [];
    if (insee) {
      sources.push(async () => {
        const record = await backoff.guard('insee', () => insee.establishment(siret));
        return record ? establishmentFromInsee(record, this.retrievedAt()) : null;
      });
    }
    sources.push(async () => {
      const page = await backoff.guard('recherche-entreprises', () =>
        recherche.search({ q: siret, page: 1, perPage: 5 }),
      );
      for (const result of page.results) {
        const found = establishmentFromRecherche(result, siret, this.retrievedAt());
        if (found) return found;
      }
      return null;
    });
    return firstAnswer(sources);
  }

  private loadCompany(siren: string): Promise<Company | null> {
    const { insee, recherche, backoff } = this.parts;
    const sources: (() => Promise<Company | null>)[] = [];
    if (insee) {
      sources.push(async () => {
        const record = await backoff.guard('insee', () => insee.headOffice(siren));
        return record ? companyFromInseeHeadOffice(record, this.retrievedAt()) : null;
      });
    }
    sources.push(async () => {
      const page = await backoff.guard('recherche-entreprises', () =>
        recherche.search({ q: siren, page: 1, perPage: 5 }),
      );
      const result = page.results.find((candidate) => candidate.siren === siren);
      return result ? companyFromRecherche(result, this.retrievedAt()) : null;
    });
    return firstAnswer(sources);
  }

  private async loadSearch(query: CompanySearchQuery): Promise<CompanySearchResult> {
    const { recherche, backoff } = this.parts;
    const page = await backoff.guard('recherche-entreprises', () =>
      recherche.search({
        q: query.q,
        postcode: query.postcode,
        page: query.page,
        perPage: query.perPage,
      }),
    );
    const retrievedAt = this.retrievedAt();
    return {
      total: page.total_results,
      page: page.page,
      perPage: page.per_page,
      results: page.results.map((result) => searchHitFromRecherche(result, retrievedAt)),
      source: 'recherche-entreprises',
      retrievedAt,
    };
  }
}
