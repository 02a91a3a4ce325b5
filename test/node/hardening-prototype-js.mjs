// What Prototype.js 1.7 does to a page's built-ins (after its array.js and enumerable.js,
// in their spirit and shape, not their text): Array.from becomes $A (no map function,
// anything without a length becomes []), and Array.prototype gains Enumerable's methods
// as *enumerable* properties, some replacing native ones with different behaviour
// (`entries` returns the values, not [index, value] pairs; `map`/`filter` take
// (iterator, context) only). Pages of old CMSs (Magento 1) still run it.
// Loaded as a classic script before the library. Not a test file.
export const PROTOTYPE_LIKE = `
(function () {
  var K = function (x) { return x; };
  function $A(iterable) {
    if (!iterable) return [];
    if ('toArray' in Object(iterable)) return iterable.toArray();
    var length = iterable.length || 0, results = new Array(length);
    while (length--) results[length] = iterable[length];
    return results;
  }
  Array.from = $A;
  window.$A = $A;

  var proto = Array.prototype;
  var nativeMap = proto.map, nativeFilter = proto.filter, nativeSome = proto.some, nativeEvery = proto.every;
  function wrap(method) {
    return function (iterator, context) { return method.call(this, iterator || K, context); };
  }
  var Enumerable = {
    each: function (iterator, context) { for (var i = 0; i < this.length; i++) iterator.call(context, this[i], i); return this; },
    eachSlice: function (n, iterator, context) { var out = []; for (var i = 0; i < this.length; i += n) out.push(this.slice(i, i + n)); return iterator ? out.map(iterator, context) : out; },
    all: wrap(nativeEvery), every: wrap(nativeEvery),
    any: wrap(nativeSome), some: wrap(nativeSome),
    collect: wrap(nativeMap), map: wrap(nativeMap),
    detect: function (iterator, context) { for (var i = 0; i < this.length; i++) if (iterator.call(context, this[i], i)) return this[i]; },
    findAll: wrap(nativeFilter), select: wrap(nativeFilter), filter: wrap(nativeFilter),
    grep: function (pattern) { return nativeFilter.call(this, function (x) { return String(x).match(pattern); }); },
    include: function (object) { return this.indexOf(object) !== -1; },
    member: function (object) { return this.indexOf(object) !== -1; },
    inject: function (memo, iterator, context) { for (var i = 0; i < this.length; i++) memo = iterator.call(context, memo, this[i], i); return memo; },
    invoke: function (method) { var args = proto.slice.call(arguments, 1); return nativeMap.call(this, function (v) { return v[method].apply(v, args); }); },
    max: function () { return Math.max.apply(Math, this); },
    min: function () { return Math.min.apply(Math, this); },
    partition: function () { return [nativeFilter.call(this, Boolean), nativeFilter.call(this, function (x) { return !x; })]; },
    pluck: function (property) { return nativeMap.call(this, function (v) { return v[property]; }); },
    reject: function (iterator, context) { return nativeFilter.call(this, function (v, i) { return !iterator.call(context, v, i); }); },
    sortBy: function (iterator, context) { return nativeMap.call(this, function (v, i) { return { value: v, criteria: iterator.call(context, v, i) }; }).sort(function (a, b) { return a.criteria < b.criteria ? -1 : a.criteria > b.criteria ? 1 : 0; }).map(function (x) { return x.value; }); },
    toArray: function () { return nativeMap.call(this, K); },
    entries: function () { return nativeMap.call(this, K); },
    zip: function () { return this; },
    size: function () { return this.length; },
    inspect: function () { return '[' + nativeMap.call(this, String).join(', ') + ']'; },
    first: function () { return this[0]; },
    last: function () { return this[this.length - 1]; },
    compact: function () { return nativeFilter.call(this, function (v) { return v != null; }); },
    flatten: function () { return this.flat(Infinity); },
    without: function () { var values = proto.slice.call(arguments); return nativeFilter.call(this, function (v) { return values.indexOf(v) === -1; }); },
    uniq: function () { return nativeFilter.call(this, function (v, i, a) { return a.indexOf(v) === i; }); },
    intersect: function (array) { return nativeFilter.call(this, function (v) { return array.indexOf(v) !== -1; }); },
    clone: function () { return proto.slice.call(this, 0); },
    clear: function () { this.length = 0; return this; }
  };
  // Object.extend: plain assignment, so every one of these is enumerable.
  for (var name in Enumerable) proto[name] = Enumerable[name];
  if (!proto._reverse) proto._reverse = proto.reverse;
  window.__prototypeLike = true;
})();
`;
