// Which published version of the region's routekaart an answer was computed with. The rules
// are content-addressed (beslissingen/0011), so they are never older than the region list;
// should they still differ from the version the page shows, the page says so.
import { el } from "./rekenhulp-dom.js";

function datumInWoorden(iso) {
  const d = new Date(`${iso}T12:00:00`);
  return Number.isNaN(d.getTime()) ? iso
    : d.toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
}

// regels: the region's rules as used for the answer; getoond: the version the page shows.
export function versieDelen(regels, getoond) {
  const publicatie = regels && regels.publicatie;
  if (!publicatie || !publicatie.versie) return [];
  const datum = publicatie.datum ? ` van ${datumInWoorden(publicatie.datum)}` : "";
  const delen = [el("p", { class: "regels-versie", "data-versie": publicatie.versie },
    `Berekend met de routekaart van ${regels.naam}, versie ${publicatie.versie}${datum}.`)];
  if (getoond && String(getoond) !== String(publicatie.versie)) {
    delen.push(el("p", { class: "regels-versie-anders", role: "alert" }, el("strong", {}, "Let op: "),
      `deze pagina toont versie ${getoond} van de routekaart, maar de uitkomst is berekend met versie `
      + `${publicatie.versie}. Laad de pagina opnieuw om met dezelfde versie te rekenen.`));
  }
  return delen;
}
