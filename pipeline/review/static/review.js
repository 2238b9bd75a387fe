/* newsquote review site: filters, search and order for a static page.
 *
 * The page is complete without this script; it only hides, dims and reorders
 * what is there. It never writes HTML: no innerHTML, only textContent and
 * attributes. Filters live in the URL fragment (#outlet=TASS&q=...) so a view
 * can be shared, and reloading keeps it.
 *
 * Contract with the pages: a form#filters whose named controls are the
 * filters; a [data-list] holding [data-item] elements; inside an item, the
 * [data-member] rows (or the item itself). A filter "x" matches an element's
 * data-f-x (a JSON list), looked up on the member, then on its item; dates are
 * data-date (YYYY-MM-DD); "new" is data-new on the member or its item.
 */
(function () {
  "use strict";

  /* Escape closes a quote's tooltip (it stays open while the quote has focus). */
  document.addEventListener("keydown", function (event) {
    var el = document.activeElement;
    if (event.key === "Escape" && el && el.classList && el.classList.contains("q")) {
      el.blur();
    }
  });

  var form = document.getElementById("filters");
  var list = document.querySelector("[data-list]");
  if (!form || !list) {
    return;
  }
  var shown = document.getElementById("shown");
  var empty = document.querySelector("[data-empty]");
  var names = ["q", "speaker", "outlet", "lang", "engine", "from", "to", "new", "sort"];

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function parse(value) {
    if (!value) {
      return [];
    }
    try {
      var parsed = JSON.parse(value);
      return Array.isArray(parsed) ? parsed : [String(parsed)];
    } catch (e) {
      return [value];
    }
  }

  var items = Array.prototype.map.call(list.querySelectorAll("[data-item]"), function (el, index) {
    var rows = el.querySelectorAll("[data-member]");
    var members = rows.length ? Array.prototype.slice.call(rows) : [el];
    return {
      el: el,
      index: index,
      text: fold(el.textContent),
      isNew: el.hasAttribute("data-new"),
      members: members.map(function (m) {
        var f = {};
        ["speaker", "outlet", "lang", "engine"].forEach(function (key) {
          var own = m.getAttribute("data-f-" + key);
          f[key] = parse(own !== null ? own : el.getAttribute("data-f-" + key));
        });
        return { el: m, f: f, date: m.getAttribute("data-date") || el.getAttribute("data-date") || "",
                 isNew: m.hasAttribute("data-new") };
      })
    };
  });

  function control(name) {
    return form.elements.namedItem(name);
  }

  function read() {
    var state = {};
    names.forEach(function (name) {
      var c = control(name);
      if (!c) {
        return;
      }
      var value = c.type === "checkbox" ? (c.checked ? c.value : "") : c.value.trim();
      if (value) {
        state[name] = value;
      }
    });
    return state;
  }

  function memberMatches(m, item, state) {
    var keys = ["speaker", "outlet", "lang", "engine"];
    for (var i = 0; i < keys.length; i++) {
      var want = state[keys[i]];
      if (want && m.f[keys[i]].indexOf(want) < 0) {
        return false;
      }
    }
    if ((state.from || state.to) && !m.date) {
      return false;
    }
    if (state.from && m.date < state.from) {
      return false;
    }
    if (state.to && m.date > state.to) {
      return false;
    }
    if (state["new"] && !(m.isNew || item.isNew)) {
      return false;
    }
    return true;
  }

  function textMatches(item, query) {
    if (!query) {
      return true;
    }
    return fold(query).split(/\s+/).every(function (word) {
      return !word || item.text.indexOf(word) >= 0;
    });
  }

  function order(sort) {
    var sorted = items.slice();
    if (sort === "newest") {
      sorted.sort(function (a, b) {
        var x = a.el.getAttribute("data-last") || "", y = b.el.getAttribute("data-last") || "";
        return x < y ? 1 : x > y ? -1 : a.index - b.index;
      });
    } else if (sort === "new") {
      sorted.sort(function (a, b) {
        var x = a.isNew || a.members.some(function (m) { return m.isNew; });
        var y = b.isNew || b.members.some(function (m) { return m.isNew; });
        return x === y ? a.index - b.index : (x ? -1 : 1);
      });
    }
    sorted.forEach(function (item) {
      list.appendChild(item.el);
    });
  }

  function apply() {
    var state = read();
    var memberFilter = ["speaker", "outlet", "lang", "engine", "from", "to", "new"].some(function (k) {
      return state[k];
    });
    var count = 0;
    items.forEach(function (item) {
      var any = false;
      item.members.forEach(function (m) {
        var ok = memberMatches(m, item, state);
        any = any || ok;
        if (m.el !== item.el) {
          m.el.classList.toggle("dim", memberFilter && !ok);
        }
      });
      var visible = any && textMatches(item, state.q);
      item.el.hidden = !visible;
      if (visible) {
        count += 1;
      }
    });
    order(state.sort || "");
    if (shown) {
      shown.textContent = "Showing " + count + " of " + items.length + ".";
    }
    if (empty) {
      empty.hidden = count > 0;
    }
    return state;
  }

  function writeHash(state) {
    var params = new URLSearchParams();
    names.forEach(function (name) {
      if (state[name]) {
        params.set(name, state[name]);
      }
    });
    var hash = params.toString();
    var url = location.pathname + location.search + (hash ? "#" + hash : "");
    try {
      history.replaceState(null, "", url);
    } catch (e) {
      location.replace(hash ? "#" + hash : "#");
    }
  }

  function load() {
    var raw = location.hash.replace(/^#/, "");
    var params = new URLSearchParams(raw.indexOf("=") >= 0 ? raw : "");
    names.forEach(function (name) {
      var c = control(name);
      if (!c) {
        return;
      }
      var value = params.get(name) || "";
      if (c.type === "checkbox") {
        c.checked = value === c.value;
      } else if (c.tagName === "SELECT") {
        var known = Array.prototype.some.call(c.options, function (o) { return o.value === value; });
        c.value = known ? value : "";
      } else {
        c.value = value;
      }
    });
    apply();
  }

  function changed() {
    writeHash(apply());
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    changed();
  });
  form.addEventListener("reset", function () {
    setTimeout(changed, 0);
  });
  window.addEventListener("hashchange", load);
  form.hidden = false;
  load();
})();
