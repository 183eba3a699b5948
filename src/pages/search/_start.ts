// Loaded as a module script by index.astro (an external file: allowed under script-src 'self').
import { prime } from "../../lib/search/session.ts";

prime();
