// Only browsers without JavaScript modules run this (<script nomodule>): they cannot run the
// Rekenhulp, so say so in plain words instead of "wordt geladen" forever.
(function () {
  var status = document.getElementById("rekenhulp-status");
  if (!status) return;
  status.setAttribute("data-staat", "fout");
  status.setAttribute("data-oorzaak", "browser");
  status.textContent = "Deze browser is te oud voor de rekenhulp. Gebruik een recente versie van "
    + "Edge, Chrome, Firefox of Safari. De stappen van elke regio staan ook op de routekaart-pagina's.";
})();
