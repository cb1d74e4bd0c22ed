// Which questions the form asks: only those the chosen region's rules use, worded in the
// region's unit (contract 4: regels.vragen), with exact alternatives next to them.
import { el } from "./rekenhulp-dom.js";

// One of a unit, for "1 schooldag = 2 dagdelen".
const EEN = { schooldagen: "schooldag", dagdelen: "dagdeel", lesuren: "lesuur", klokuren: "klokuur",
  uren: "uur", dagen: "dag", weken: "week", lesweken: "lesweek", schoolweken: "schoolweek" };

export function maakVragen(form) {
  const gemeenteKeuze = form.elements.gemeente;
  const extraGroep = form.querySelector("#groep-regio");
  let zichtbaar = new Set(["regio"]);

  const blok = (naam) => form.querySelector(`[data-veld="${CSS.escape(naam)}"]`);
  const waarde = (naam) => { const v = form.elements[naam]; return v ? v.value : ""; };

  function label(naam) {
    const b = blok(naam);
    const l = b && b.querySelector("label[for], legend");
    return l ? l.textContent.trim() : "deze vraag";
  }

  // Staff read questions, not field names: "ongeoorloofd_uren_4_weken" becomes its label.
  function zonderVeldnamen(tekst) {
    return String(tekst).replace(/\b[a-z]+(?:_[a-z0-9]+)+\b/g, (naam) => (blok(naam) ? `"${label(naam)}"` : naam));
  }

  // Region words replace the general ones; the originals come back for another region.
  function zetTekst(node, tekst) {
    if (!node) return;
    if (node.dataset.origineel === undefined) node.dataset.origineel = node.textContent;
    node.textContent = tekst === null ? node.dataset.origineel : tekst;
  }

  function hintVan(b, naam) {
    let hint = b.querySelector("p.hint");
    if (!hint) {
      hint = el("p", { class: "hint", id: `v-${naam}-hint`, "data-origineel": "" });
      b.querySelector("p.fout, input, .keuzes").before(hint);
      const doel = b.querySelector("input");
      if (doel) doel.setAttribute("aria-describedby", `v-${naam}-hint ${doel.getAttribute("aria-describedby") || ""}`.trim());
    }
    return hint;
  }

  // A question the static form does not have (a new field of the engine): a number field.
  function nieuwVeld(vraag) {
    const id = `v-${vraag.veld}`;
    const b = el("div", { class: "veld", "data-veld": vraag.veld, "data-extra": "" },
      el("label", { for: id }, vraag.vraag),
      el("p", { class: "fout", id: `${id}-fout`, hidden: true }),
      el("input", { id, name: vraag.veld, class: "getal", type: "text", inputmode: "decimal",
        spellcheck: "false", "aria-describedby": `${id}-fout` }));
    extraGroep.append(b);
    return b;
  }

  function vulGemeenten(regio, voorkeur) {
    const gekozen = voorkeur ? voorkeur.id : gemeenteKeuze.value;
    const lijst = regio && regio.gemeenten ? regio.gemeenten : [];
    gemeenteKeuze.replaceChildren(el("option", { value: "" }, "Weet ik niet / kies een gemeente"),
      ...lijst.map((g) => el("option", { value: g.id }, g.naam)));
    gemeenteKeuze.value = lijst.some((g) => g.id === gekozen) ? gekozen : "";
  }

  function toon(regio, regels, gemeente = null) {
    const velden = new Set(["regio"]);
    const vragen = regels && Array.isArray(regels.vragen) ? regels.vragen : [];
    for (const v of (regels && regels.velden) || (regio && regio.velden) || []) velden.add(v);
    const metVraag = new Map();
    for (const v of vragen) {
      velden.add(v.veld);
      metVraag.set(v.veld, v);
      for (const alt of v.alternatieven || []) {
        velden.add(alt.veld);
        metVraag.set(alt.veld, { ...alt, alternatiefVan: v });
      }
    }
    const bron = regels || regio;
    // The gemeente is asked only where the region's rules list it in velden (a step or rule
    // differs per gemeente); a list of gemeenten alone is for finding the region (issue 22).
    if (bron && (bron.sectoren || []).length > 1) velden.add("onderwijs");
    vulGemeenten(bron, gemeente);

    for (const b of extraGroep.querySelectorAll("[data-extra]")) {
      if (!metVraag.has(b.dataset.veld)) b.remove();
    }
    for (const b of form.querySelectorAll("[data-veld]")) {
      zetTekst(b.querySelector("label[for], legend"), null);
      const hint = b.querySelector("p.hint");
      if (hint && hint.dataset.origineel !== undefined) zetTekst(hint, null);
    }
    for (const [veld, v] of metVraag) {
      const b = blok(veld) || (v.vraag ? nieuwVeld(v) : null);
      if (!b) continue;
      if (v.vraag) zetTekst(b.querySelector("label[for], legend"), v.vraag);
      const hint = v.alternatiefVan ? alternatiefHint(v, v.alternatiefVan) : v.hint || null;
      if (hint) zetTekst(hintVan(b, veld), hint);
    }
    zichtbaar = velden;
    toonAfhankelijk();
  }

  // "Of vul dit in in plaats van "Dagdelen ziek": de rekenhulp rekent het precies om (1 schooldag = 2 dagdelen)."
  function alternatiefHint(alt, hoofd) {
    const naam = hoofd.vraag || label(hoofd.veld);
    const een = EEN[alt.eenheid];
    const som = een && hoofd.eenheid && Number.isFinite(alt.factor)
      ? ` (1 ${een} = ${String(alt.factor).replace(".", ",")} ${hoofd.eenheid})` : "";
    return `Of vul dit in in plaats van "${naam}": de rekenhulp rekent het precies om${som}.`;
  }

  // Questions that only matter after another answer (data-alleen-als="veld=waarde").
  function toonAfhankelijk() {
    for (const b of form.querySelectorAll("[data-veld]")) {
      let aan = zichtbaar.has(b.dataset.veld);
      const voorwaarde = b.dataset.alleenAls;
      if (aan && voorwaarde) {
        const [naam, moet] = voorwaarde.split("=");
        aan = waarde(naam) === moet;
      }
      b.hidden = !aan;
    }
    for (const groep of form.querySelectorAll("fieldset.groep")) {
      groep.hidden = !groep.querySelector("[data-veld]:not([hidden])");
    }
  }

  for (const radio of form.querySelectorAll("input[type=radio]")) {
    radio.id = `v-${radio.name}-${radio.value}`;
  }
  return { toon, toonAfhankelijk, label, zonderVeldnamen };
}
