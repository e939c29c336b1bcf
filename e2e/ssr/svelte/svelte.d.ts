// tsc reads the .svelte files of this app through Vite only; for the type check, a component is a component.
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<any>;
  export default component;
}
