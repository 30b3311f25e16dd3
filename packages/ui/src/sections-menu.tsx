import { useEffect, useId, useState } from 'react';
import { NavLink, useLocation } from 'react-router';

export interface MenuSection {
  to: string;
  label: string;
}

/**
 * The sections of a portal, under the header. On a narrow screen they fold behind a "Menu" button
 * (a disclosure: the button says whether the list is open), so the page starts with its content.
 */
export function SectionsMenu({ label, sections }: { label: string; sections: readonly MenuSection[] }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { pathname } = useLocation();
  // A chosen section closes the menu.
  useEffect(() => setOpen(false), [pathname]);
  return (
    <nav className={`sl-sections${open ? ' sl-sections--open' : ''}`} aria-label={label}>
      <div className="sl-sections-inner">
        <button
          type="button"
          className="btn btn-outline-primary sl-sections-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Chiudi il menu' : 'Menu'}
        </button>
        <ul id={listId}>
          {sections.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end={section.to === '/'}>
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
