import type { Rule } from "../types.js";
import { metaAgencyNameConsistent } from "./agency-name-consistent.js";
import { metaAgencyTypeKnown } from "./agency-type-known.js";
import { metaBasisCitesFormat } from "./basis-cites-format.js";
import { metaBlankVsZero } from "./blank-vs-zero.js";
import { metaDeadline, metaSignatureDate } from "./dates.js";
import { metaEditionMatchesYear } from "./edition-matches-year.js";
import { metaNonnegativeIntegers } from "./nonnegative-integers.js";
import { metaPreambleElements } from "./preamble-elements.js";
import { metaSectionsComplete } from "./sections-complete.js";
import { metaTableLabelsExact } from "./table-labels-exact.js";
import { metaTablesPresentAsData } from "./tables-present-as-data.js";
import { metaNoTemplateResidue } from "./template-residue.js";
import { metaFeeUnitWanyuan, metaProcurementUnitExplicit } from "./units.js";
import { metaYearConsistent } from "./year-consistent.js";

/** The metadata rules, in catalogue order. */
export const metadataRules: readonly Rule[] = [
  metaYearConsistent,
  metaEditionMatchesYear,
  metaBasisCitesFormat,
  metaDeadline,
  metaSignatureDate,
  metaPreambleElements,
  metaSectionsComplete,
  metaTablesPresentAsData,
  metaTableLabelsExact,
  metaBlankVsZero,
  metaNonnegativeIntegers,
  metaFeeUnitWanyuan,
  metaProcurementUnitExplicit,
  metaAgencyTypeKnown,
  metaNoTemplateResidue,
  metaAgencyNameConsistent,
];
